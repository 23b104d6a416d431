package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// taskCheckBoxRenderer writes a task list's checkbox with an accessible name.
// Goldmark's own renderer writes a bare input, which screen readers announce
// as an unlabelled form field (axe-core rates that critical); the name says
// what the box shows, and the item's text follows it.
type taskCheckBoxRenderer struct{}

func (taskCheckBoxRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTaskCheckBox, renderTaskCheckBox)
}

func renderTaskCheckBox(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	if node.(*east.TaskCheckBox).IsChecked {
		_, _ = w.WriteString(`<input checked="" disabled="" type="checkbox" aria-label="done"> `)
	} else {
		_, _ = w.WriteString(`<input disabled="" type="checkbox" aria-label="not done"> `)
	}
	return ast.WalkContinue, nil
}

package link

import (
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
)

// checkCycles reports decisions that supersede themselves through a chain,
// once at every decision on the cycle.
func checkCycles(records []*model.Record, diags *diag.List) {
	const (
		unseen = iota
		active
		done
	)
	state := map[*model.Record]int{}
	var stack []*model.Record
	var visit func(r *model.Record)
	visit = func(r *model.Record) {
		state[r] = active
		stack = append(stack, r)
		for _, ref := range r.Supersedes {
			t := ref.Target
			switch {
			case t == nil:
			case state[t] == active:
				reportCycle(cycleFrom(stack, t), diags)
			case state[t] == unseen:
				visit(t)
			}
		}
		stack = stack[:len(stack)-1]
		state[r] = done
	}
	for _, r := range records {
		if state[r] == unseen && len(r.Supersedes) > 0 {
			visit(r)
		}
	}
}

func cycleFrom(stack []*model.Record, start *model.Record) []*model.Record {
	for i, r := range stack {
		if r == start {
			return append([]*model.Record(nil), stack[i:]...)
		}
	}
	return nil
}

func reportCycle(cycle []*model.Record, diags *diag.List) {
	ids := make([]string, 0, len(cycle)+1)
	for _, r := range cycle {
		ids = append(ids, r.ID)
	}
	ids = append(ids, cycle[0].ID)
	for _, r := range cycle {
		line, col := r.KeyPos("supersedes")
		diags.Add(diag.Diagnostic{Path: r.Source, Line: line, Col: col, ID: r.ID, Policy: "supersede-cycle",
			Message: "supersedes forms a cycle: " + strings.Join(ids, " → ")})
	}
}

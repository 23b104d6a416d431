package link

import (
	"strings"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
)

// checkCycles reports, for every field declared acyclic (a decision's
// supersedes), the records whose references of that field lead back to
// themselves, once at every record on the cycle.
func checkCycles(records []*model.Record, g *Graph, diags *diag.List) {
	fields := map[string]string{} // acyclic field → the finding's policy
	for _, r := range records {
		for _, f := range r.Spec.Fields {
			if f.Acyclic != "" {
				fields[f.Key] = f.Acyclic
			}
		}
	}
	for key, policy := range fields {
		cycles(records, g, key, func(cycle []*model.Record) { reportCycle(cycle, key, policy, diags) })
	}
}

// cycles calls found with every cycle the references of field key form.
func cycles(records []*model.Record, g *Graph, key string, found func([]*model.Record)) {
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
		for _, t := range g.Targets(r, key) {
			switch state[t] {
			case active:
				found(cycleFrom(stack, t))
			case unseen:
				visit(t)
			}
		}
		stack = stack[:len(stack)-1]
		state[r] = done
	}
	for _, r := range records {
		if state[r] == unseen && len(r.Refs(key)) > 0 {
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

func reportCycle(cycle []*model.Record, key, policy string, diags *diag.List) {
	ids := make([]string, 0, len(cycle)+1)
	for _, r := range cycle {
		ids = append(ids, r.ID)
	}
	ids = append(ids, cycle[0].ID)
	for _, r := range cycle {
		line, col := r.KeyPos(key)
		diags.Add(diag.Diagnostic{Path: r.Source, Line: line, Col: col, ID: r.ID, Policy: policy,
			Message: key + " forms a cycle: " + strings.Join(ids, " → ")})
	}
}

// Package kinds declares the record kinds of a secdoc site, one file each:
// its words and folders, id rule, fields with their enumerations and
// references, the facts and list columns its pages show, its JSON, its
// skeleton for `secdoc new` and its field checks. Every stage reads these
// declarations instead of knowing the kinds itself; adding a kind is a new
// file here, one line in Registry and, if it wants one, a skeleton.
package kinds

import (
	"embed"

	"github.com/secdoc/secdoc/generator/model"
)

// Registry holds the kinds in the order pages present them; the last, Page,
// takes every file in no kind's folder.
var Registry = model.MustRegistry(common, declared...)

// declared are the kinds of every site, in the order pages present them.
var declared = []*model.Spec{asset, threat, decision, sop, exercise, threatModel, page}

// With returns a registry of the declared kinds and more, placed before
// plain pages: a site's own kinds, or a test's.
func With(more ...*model.Spec) (*model.Registry, error) {
	specs := append(append([]*model.Spec(nil), declared[:len(declared)-1]...), more...)
	return model.NewRegistry(common, append(specs, page)...)
}

// Skeletons holds the files `secdoc new` fills, named by each kind's Skeleton.
//
//go:embed skeletons/*.md
var Skeletons embed.FS

// common are the fields every record has.
var common = []model.Field{
	{Key: "id", Type: model.Text, Label: "ID"},
	{Key: "title", Type: model.Text, Label: "Title"},
	{Key: "owner", Type: model.Text, Label: "Owner"},
	{Key: "tags", Type: model.Texts, Label: "Tags"},
	{Key: "date", Type: model.Day, Label: "Date"},
	{Key: "updated", Type: model.Day, Label: "Updated"},
	{Key: "waivers", Type: model.Waivers, Label: "Waivers"},
}

// statusField declares a record's status from its enumeration.
func statusField(values []string, aliases map[string]string, implied string) model.Field {
	return model.Field{Key: "status", Type: model.Enum, Label: "Status", Values: values, Aliases: aliases, Badge: "status-", Implied: implied}
}

// refs declares a list of references to records of kind target.
func refs(key, label string, target model.Kind) model.Field {
	return model.Field{Key: key, Type: model.ManyRefs, Label: label, Target: target}
}

package model

// FromGit is the source of a value taken from the first Git commit that
// added the record's file.
const FromGit = "git"

// Infer gives the day field key the date d, found after decoding from
// source from (such as "git"), when the record has no date there: not one
// written, nor one its folder is yet to settle (SettleDays). It never
// overrides and reports whether it filled the field.
func (r *Record) Infer(key string, d Date, from string) bool {
	f := r.Spec.Field(key)
	if f == nil || f.Type != Day || d.IsZero() || r.Unparsed || r.Given(key) || r.pendingKey(key) {
		return false
	}
	if r.values == nil {
		r.values = map[string]Value{}
	}
	if r.from == nil {
		r.from = map[string]string{}
	}
	r.values[key] = Value{Day: d}
	r.from[key] = from
	return true
}

// InferredFrom returns where the value of field key was found when Infer
// set it, "" when the record gives it.
func (r *Record) InferredFrom(key string) string { return r.from[key] }

// pendingKey reports whether field key holds a date SettleDays decides.
func (r *Record) pendingKey(key string) bool {
	for _, p := range r.pending {
		if p.key == key {
			return true
		}
	}
	return false
}

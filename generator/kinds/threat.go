package kinds

import "github.com/secdoc/secdoc/generator/model"

// Threat is a STRIDE threat against assets, rated by likelihood and impact
// and answered by a response.
const Threat model.Kind = "threat"

// LikelihoodWords name the likelihood scale 1-5.
var LikelihoodWords = []string{"rare", "unlikely", "possible", "likely", "almost-certain"}

// ImpactWords name the impact scale 1-5.
var ImpactWords = []string{"negligible", "minor", "moderate", "major", "severe"}

// Stride lists the STRIDE threat categories in order.
var Stride = []string{"spoofing", "tampering", "repudiation", "information-disclosure", "denial-of-service", "elevation-of-privilege"}

// ThreatStatuses are the states of a threat; Threagile's words map onto them.
var ThreatStatuses = []string{"open", "in-progress", "mitigated", "accepted", "transferred", "avoided", "false-positive"}

// VEXJustifications are OpenVEX's justifications for a not_affected
// statement, which a mitigated or false-positive threat naming
// vulnerabilities gives in vex_justification. They are kept hyphenated, as
// enumerations are; written with underscores (OpenVEX's spelling) they read
// the same, and api/openvex.json writes them with underscores.
var VEXJustifications = []string{"component-not-present", "vulnerable-code-not-present",
	"vulnerable-code-not-in-execute-path", "vulnerable-code-cannot-be-controlled-by-adversary",
	"inline-mitigations-already-exist"}

var threat = &model.Spec{
	Name: Threat, Label: "Threats", Singular: "Threat", One: "threat", Many: "threats",
	Words: []string{"threat"}, Folders: []string{"threats"},
	IDs: model.IDRule{Prefix: "THR", Width: 4},
	Fields: []model.Field{
		{Key: "stride", Type: model.EnumList, Label: "STRIDE", Values: Stride, Initial: true, Aliases: map[string]string{
			"disclosure": "information-disclosure", "info-disclosure": "information-disclosure",
			"dos": "denial-of-service", "eop": "elevation-of-privilege", "elevation-of-privileges": "elevation-of-privilege"}},
		refs("assets", "Assets", Asset),
		{Key: "likelihood", Type: model.Scale, Label: "Likelihood", Values: LikelihoodWords},
		{Key: "impact", Type: model.Scale, Label: "Impact", Values: ImpactWords},
		{Key: "residual_likelihood", Type: model.Scale, Label: "Residual likelihood", Values: LikelihoodWords},
		{Key: "residual_impact", Type: model.Scale, Label: "Residual impact", Values: ImpactWords},
		statusField(ThreatStatuses, map[string]string{"unchecked": "open", "in-discussion": "open"}, "open"),
		{Key: "decision", Type: model.OneRef, Label: "Decision", Target: Decision},
		{Key: "model", Type: model.OneRef, Label: "Threat model", Target: ThreatModel},
		{Key: "accepted_until", Type: model.Day, Label: "Accepted until"},
		{Key: "due", Type: model.Day, Label: "Due"},
		{Key: "votes", Type: model.Count, Label: "Votes"},
		{Key: "vulnerabilities", Type: model.Texts, Label: "Vulnerabilities"},
		{Key: "vex_justification", Type: model.Enum, Label: "VEX justification", Values: VEXJustifications},
	},
	Facts: []string{"owner", "status", "stride", "assets", "likelihood", "impact", "risk:impact", "risk:score",
		"residual_likelihood", "residual_impact", "risk:residual", "decision", "due", "accepted_until", "votes", "model",
		"vulnerabilities", "vex_justification", "date", "updated", "tags"},
	Columns: []model.Column{
		{Header: "STRIDE", Field: "stride", Show: model.Joined},
		{Header: "Likelihood", Field: "likelihood", Class: "num", Show: model.Number},
		{Header: "Impact", Field: "impact", Class: "num", Show: model.Number},
		{Header: "Status", Field: "status", Show: model.Status},
		{Header: "Owner", Field: "owner"},
		{Header: "Due", Field: "due", Class: "date"},
	},
	JSON: []string{"stride", "assets", "likelihood", "risk:impact", "risk:impact_derived", "risk:score", "risk:band",
		"residual_likelihood", "residual_impact", "status", "decision", "model", "accepted_until", "due", "votes", "vulnerabilities", "vex_justification"},
	Skeleton: "threat.md",
	Policies: []model.Policy{
		{Name: "threat-owner", Summary: "every threat has an owner", Field: "owner", Hint: ": name who answers for it"},
		{Name: "threat-likelihood", Summary: "every threat has a likelihood", Field: "likelihood", Hint: ", so it cannot be scored: rate it 1-5"},
	},
}

package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// sarifShape is the part of the SARIF 2.1.0 schema (OASIS,
// sarif-schema-2.1.0.json) that the objects secdoc writes must meet: for
// each object, its required properties and the properties it may have
// (the schema sets additionalProperties false on all of them).
var sarifShape = map[string]struct{ required, allowed []string }{
	"sarifLog":            {[]string{"version", "runs"}, []string{"$schema", "version", "runs", "inlineExternalProperties", "properties"}},
	"run":                 {[]string{"tool"}, []string{"tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties"}},
	"tool":                {[]string{"driver"}, []string{"driver", "extensions", "properties"}},
	"toolComponent":       {[]string{"name"}, []string{"guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"}},
	"reportingDescriptor": {[]string{"id"}, []string{"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"}},
	"configuration":       {nil, []string{"enabled", "level", "rank", "parameters", "properties"}},
	"result":              {[]string{"message"}, []string{"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"}},
	"message":             {nil, []string{"text", "markdown", "id", "arguments", "properties"}},
	"location":            {nil, []string{"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"}},
	"physicalLocation":    {nil, []string{"address", "artifactLocation", "region", "contextRegion", "properties"}},
	"artifactLocation":    {nil, []string{"uri", "uriBaseId", "index", "description", "properties"}},
	"region":              {nil, []string{"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"}},
}

// validateSARIF checks a log against sarifShape and the schema's value
// rules: version "2.1.0", levels from its enumeration, a message with text,
// lines and columns from 1, a ruleIndex within the driver's rules and
// naming the rule of the ruleId.
func validateSARIF(data []byte) []string {
	var log map[string]any
	if err := json.Unmarshal(data, &log); err != nil {
		return []string{err.Error()}
	}
	var errs []string
	check := func(kind, at string, v any) map[string]any {
		obj, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, at+": not an object")
			return map[string]any{}
		}
		shape := sarifShape[kind]
		for _, k := range shape.required {
			if _, ok := obj[k]; !ok {
				errs = append(errs, fmt.Sprintf("%s: %s lacks required %q", at, kind, k))
			}
		}
		for k := range obj {
			if !contains(shape.allowed, k) {
				errs = append(errs, fmt.Sprintf("%s: %s may not have %q", at, kind, k))
			}
		}
		return obj
	}
	levels := []string{"none", "note", "warning", "error"}
	check("sarifLog", "$", log)
	if log["version"] != "2.1.0" {
		errs = append(errs, "$.version is not 2.1.0")
	}
	runs, _ := log["runs"].([]any)
	for i, r := range runs {
		at := fmt.Sprintf("$.runs[%d]", i)
		run := check("run", at, r)
		driver := check("toolComponent", at+".tool.driver", check("tool", at+".tool", run["tool"])["driver"])
		rules, _ := driver["rules"].([]any)
		var ids []string
		for j, ru := range rules {
			rule := check("reportingDescriptor", fmt.Sprintf("%s.rules[%d]", at, j), ru)
			ids = append(ids, fmt.Sprint(rule["id"]))
			if dc, ok := rule["defaultConfiguration"]; ok && !contains(levels, fmt.Sprint(check("configuration", at+".defaultConfiguration", dc)["level"])) {
				errs = append(errs, at+": defaultConfiguration.level not in the enumeration")
			}
		}
		results, _ := run["results"].([]any)
		for j, re := range results {
			rat := fmt.Sprintf("%s.results[%d]", at, j)
			res := check("result", rat, re)
			if !contains(levels, fmt.Sprint(res["level"])) {
				errs = append(errs, rat+": level not in the enumeration")
			}
			if idx, ok := res["ruleIndex"].(float64); !ok || int(idx) < 0 || int(idx) >= len(ids) || ids[int(idx)] != res["ruleId"] {
				errs = append(errs, rat+": ruleIndex does not name the rule of ruleId")
			}
			if text, _ := check("message", rat+".message", res["message"])["text"].(string); text == "" {
				errs = append(errs, rat+": message without text")
			}
			locs, _ := res["locations"].([]any)
			for _, l := range locs {
				phys := check("physicalLocation", rat+".physicalLocation", check("location", rat+".location", l)["physicalLocation"])
				if uri, _ := check("artifactLocation", rat+".artifactLocation", phys["artifactLocation"])["uri"].(string); uri == "" {
					errs = append(errs, rat+": artifactLocation without uri")
				}
				region := check("region", rat+".region", phys["region"])
				for _, k := range []string{"startLine", "startColumn"} {
					if n, ok := region[k].(float64); !ok || n < 1 {
						errs = append(errs, rat+": region."+k+" below 1")
					}
				}
			}
		}
	}
	sort.Strings(errs)
	return errs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestCheckSARIF(t *testing.T) {
	code, stdout, stderr := runCmd(t, "check", "--source", checkSite(t, failing), "--now", "2026-11-25", "--format", "sarif")
	if code != exitContent {
		t.Fatalf("exit %d, want %d\n%s", code, exitContent, stderr)
	}
	if errs := validateSARIF([]byte(stdout)); len(errs) > 0 {
		t.Fatalf("invalid SARIF:\n%s\n%s", strings.Join(errs, "\n"), stdout)
	}
	var log struct {
		Runs []struct {
			Tool    struct{ Driver struct{ Name string } }
			Results []struct {
				RuleID    string
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "secdoc" || len(run.Results) < 4 {
		t.Fatalf("driver %q, %d results", run.Tool.Driver.Name, len(run.Results))
	}
	r := run.Results[0]
	loc := r.Locations[0].PhysicalLocation
	got := fmt.Sprintf("%s:%d:%d %s %s %s", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn, r.Level, r.RuleID, r.Message.Text)
	if want := "content/threats/a.md:2:1 error threat-owner threat THR-1 has no owner: name who answers for it"; got != want {
		t.Errorf("first result %q, want %q", got, want)
	}
}

// TestValidateSARIF makes sure the validator rejects what the schema does.
func TestValidateSARIF(t *testing.T) {
	for _, bad := range []string{
		`{"version": "2.0.0", "runs": []}`,
		`{"version": "2.1.0"}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r"}]}}, "results": [{"ruleId": "r", "ruleIndex": 0, "level": "fatal", "message": {"text": "m"}}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r"}]}}, "results": [{"ruleId": "r", "ruleIndex": 0, "level": "error", "message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"}, "region": {"startLine": 0, "startColumn": 1}}}]}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "colour": "red"}}}]}`,
	} {
		if errs := validateSARIF([]byte(bad)); len(errs) == 0 {
			t.Errorf("accepted %s", bad)
		}
	}
}

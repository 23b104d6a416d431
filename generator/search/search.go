package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is one searchable page.
type Doc struct {
	Href   string // link from the site root, the document's id
	ID     string
	Kind   string // the group its results are listed under, such as "Threats"
	Title  string
	Band   string // a threat's band, "" otherwise
	Status string
	Owner  string
	Tags   []string
	Text   string // the body as plain text
}

// Fields are the indexed fields, in MiniSearch's field id order.
var Fields = []string{"id", "title", "owner", "tags", "text"}

// SnippetRunes is how much of a body the results show.
const SnippetRunes = 140

// ShardBytes is the size a shard of terms aims at: a search loads one per
// word typed.
const ShardBytes = 64 << 10

// MaxShards bounds the number of shards.
const MaxShards = 1024

// PrefixUnits is how many UTF-16 code units of a term choose its shard.
const PrefixUnits = 3

// File is one script of the index.
type File struct {
	Name string // path below the site's search/ folder: "docs.js", "t-7.js"
	Data []byte
}

// Terms splits s into lower-cased runs of letters and digits.
func Terms(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// Shard returns the shard of term among n: a hash of its first three
// characters (their UTF-16 code units, as JavaScript sees them), so every
// word sharing those lands in one shard and a prefix search of three or more
// characters reads one file. Shorter query words match whole terms only.
func Shard(term string, n int) int {
	var u []uint16
	for _, r := range term {
		if r >= 0x10000 {
			r -= 0x10000
			u = append(u, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			u = append(u, uint16(r))
		}
		if len(u) >= PrefixUnits {
			break
		}
	}
	h := 0
	for i := range PrefixUnits {
		c := 0
		if i < len(u) {
			c = int(u[i])
		}
		h = (h*31 + c) % 1000003
	}
	return h % n
}

type stored struct {
	ID      string `json:"i"`
	Kind    string `json:"k"`
	Title   string `json:"t"`
	Band    string `json:"b,omitempty"`
	Status  string `json:"s,omitempty"`
	Snippet string `json:"x,omitempty"`
}

// docsFile is docs.js's data: MiniSearch's serialised index without its terms.
type docsFile struct {
	DocumentCount        int               `json:"documentCount"`
	NextID               int               `json:"nextId"`
	DocumentIDs          map[string]string `json:"documentIds"`
	FieldIDs             map[string]int    `json:"fieldIds"`
	FieldLength          map[string][]int  `json:"fieldLength"`
	AverageFieldLength   []float64         `json:"averageFieldLength"`
	StoredFields         map[string]stored `json:"storedFields"`
	DirtCount            int               `json:"dirtCount"`
	SerializationVersion int               `json:"serializationVersion"`
	Shards               int               `json:"shards"`
}

// Build makes the index of docs: docs.js, then the shards by number.
// The same docs always give the same bytes.
func Build(docs []Doc) ([]File, error) {
	df := docsFile{DocumentCount: len(docs), NextID: len(docs), DocumentIDs: map[string]string{},
		FieldIDs: map[string]int{}, FieldLength: map[string][]int{}, AverageFieldLength: make([]float64, len(Fields)),
		StoredFields: map[string]stored{}, SerializationVersion: 2}
	for i, f := range Fields {
		df.FieldIDs[f] = i
	}
	// Each term's postings, in document then field order, as docs are read.
	postings := map[string][]posting{}
	counts := map[string]int32{}
	for n, d := range docs {
		sid := strconv.Itoa(n)
		df.DocumentIDs[sid] = d.Href
		df.StoredFields[sid] = stored{ID: d.ID, Kind: d.Kind, Title: d.Title, Band: d.Band, Status: d.Status, Snippet: snippet(d.Text)}
		lengths := make([]int, len(Fields))
		for fid, text := range []string{d.ID, d.Title, d.Owner, strings.Join(d.Tags, " "), d.Text} {
			clear(counts)
			var order []string
			for _, t := range Terms(text) {
				if counts[t] == 0 {
					order = append(order, t)
				}
				counts[t]++
			}
			for _, t := range order {
				postings[t] = append(postings[t], posting{field: uint8(fid), doc: int32(n), count: counts[t]})
			}
			lengths[fid] = len(order)
			df.AverageFieldLength[fid] += float64(len(order))
		}
		df.FieldLength[sid] = lengths
	}
	if len(docs) > 0 {
		for i := range df.AverageFieldLength {
			df.AverageFieldLength[i] /= float64(len(docs))
		}
	}
	terms := make([]string, 0, len(postings))
	entries := map[string][]byte{}
	total := 0
	for t, ps := range postings {
		terms = append(terms, t)
		e := entry(t, ps)
		entries[t] = e
		total += len(e) + 1
	}
	sort.Strings(terms)
	df.Shards = min(max(1, (total+ShardBytes-1)/ShardBytes), MaxShards)
	shards := make([]bytes.Buffer, df.Shards)
	for _, t := range terms {
		b := &shards[Shard(t, df.Shards)]
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.Write(entries[t])
	}
	head, err := json.Marshal(df)
	if err != nil {
		return nil, fmt.Errorf("search index: %w", err)
	}
	files := []File{{Name: "docs.js", Data: script("docs", head)}}
	for i := range shards {
		args := append([]byte(fmt.Sprintf("%d,[", i)), shards[i].Bytes()...)
		files = append(files, File{Name: ShardName(i), Data: script("terms", append(args, ']'))})
	}
	return files, nil
}

// posting is one field of one document holding a term, count times.
type posting struct {
	field uint8
	doc   int32
	count int32
}

// entry writes a term's index entry as MiniSearch serialises it:
// [term, {fieldId: {shortId: count}}], fields in order, documents by number.
func entry(term string, ps []posting) []byte {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].field < ps[j].field })
	q, _ := json.Marshal(term) // a string always encodes
	b := make([]byte, 0, len(q)+8+len(ps)*10)
	b = append(b, '[')
	b = append(b, q...)
	b = append(b, ",{"...)
	for i, p := range ps {
		if i == 0 || p.field != ps[i-1].field {
			if i > 0 {
				b = append(b, "},"...)
			}
			b = append(b, '"')
			b = strconv.AppendInt(b, int64(p.field), 10)
			b = append(b, `":{`...)
		} else {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = strconv.AppendInt(b, int64(p.doc), 10)
		b = append(b, `":`...)
		b = strconv.AppendInt(b, int64(p.count), 10)
	}
	if len(ps) > 0 {
		b = append(b, '}')
	}
	return append(b, "}]"...)
}

// ShardName is the file name of shard i.
func ShardName(i int) string { return fmt.Sprintf("t-%d.js", i) }

// script wraps data in a call of window.secdocSearch's method fn.
func script(fn string, args []byte) []byte {
	var b bytes.Buffer
	b.WriteString("window.secdocSearch." + fn + "(")
	b.Write(args)
	b.WriteString(");\n")
	return b.Bytes()
}

// snippet returns the opening of a body, whitespace folded, cut at a word.
func snippet(text string) string {
	s := strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(s) <= SnippetRunes {
		return s
	}
	r := []rune(s)[:SnippetRunes]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > SnippetRunes/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

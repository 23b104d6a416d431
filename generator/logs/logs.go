// Package logs writes secdoc's events as JSON Lines through log/slog, for
// `--log-format json`: one object per event, so a log pipeline can index
// builds, findings and requests.
package logs

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"sort"
	"time"

	"github.com/secdoc/secdoc/generator/diag"
	"github.com/secdoc/secdoc/generator/model"
)

// New returns a logger writing JSON Lines to w.
func New(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// Findings logs each finding as one event, errors at error level, with its
// file, line and column.
func Findings(l *slog.Logger, list diag.List) {
	for _, d := range list {
		level := slog.LevelWarn
		if d.Severity == diag.Error {
			level = slog.LevelError
		}
		attrs := []slog.Attr{slog.String("event", "finding"), slog.String("file", d.Path), slog.Int("line", d.Line), slog.Int("col", d.Col)}
		if d.ID != "" {
			attrs = append(attrs, slog.String("id", d.ID))
		}
		if d.Policy != "" {
			attrs = append(attrs, slog.String("policy", d.Policy))
		}
		l.LogAttrs(context.Background(), level, d.Message, attrs...)
	}
}

// Counts turns the records by kind into a group attribute, kinds sorted.
func Counts(counts map[model.Kind]int) slog.Attr {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	var attrs []any
	for _, k := range keys {
		attrs = append(attrs, slog.Int(k, counts[model.Kind(k)]))
	}
	return slog.Group("records", attrs...)
}

// RequestIDHeader carries a request's id in and out.
const RequestIDHeader = "X-Request-Id"

// Requests wraps h so that each request is logged as one event with its
// request id, taken from an incoming X-Request-Id (if short and printable)
// or generated, and echoed in the response.
func Requests(l *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get(RequestIDHeader)
		if !validID(id) {
			id = newID()
		}
		w.Header().Set(RequestIDHeader, id)
		rec := &status{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(rec, r)
		l.Info("request", slog.String("event", "request"), slog.String("request_id", id), slog.String("method", r.Method),
			slog.String("path", r.URL.Path), slog.Int("status", rec.code), slog.Int64("bytes", rec.n),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000))
	})
}

// validID accepts an incoming id of up to 128 printable ASCII characters.
func validID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if id[i] < 0x21 || id[i] > 0x7e {
			return false
		}
	}
	return true
}

func newID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// status records a response's status code and size.
type status struct {
	http.ResponseWriter
	code int
	n    int64
}

func (s *status) WriteHeader(code int) { s.code = code; s.ResponseWriter.WriteHeader(code) }

func (s *status) Write(p []byte) (int, error) {
	n, err := s.ResponseWriter.Write(p)
	s.n += int64(n)
	return n, err
}

// Flush passes flushes on, for the live-reload event stream.
func (s *status) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

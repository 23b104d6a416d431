package livereload

import (
	"slices"
	"sync"
	"testing"
)

var (
	reloadEvent = event{name: "reload", data: "{}"}
	okEvent     = event{name: "ok", data: "{}"}
)

func TestHub(t *testing.T) {
	tests := []struct {
		name   string
		act    func(h *hub, done func())
		want   []event // what the subscriber can then read, in order
		closed bool    // whether its channel is then closed
	}{
		{"nothing published", func(*hub, func()) {}, nil, false},
		{"one event", func(h *hub, _ func()) { h.publish(reloadEvent) }, []event{reloadEvent}, false},
		{"a slow subscriber holds only the latest", func(h *hub, _ func()) {
			h.publish(okEvent)
			h.publish(reloadEvent)
		}, []event{reloadEvent}, false},
		{"unsubscribed", func(h *hub, done func()) {
			done()
			h.publish(reloadEvent)
		}, nil, true},
		{"unsubscribed twice", func(h *hub, done func()) {
			done()
			done()
		}, nil, true},
		{"hub closed", func(h *hub, _ func()) {
			h.close()
			h.publish(reloadEvent)
		}, nil, true},
		{"unsubscribed after the hub closed", func(h *hub, done func()) {
			h.close()
			done()
		}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHub()
			ch, done := h.subscribe()
			tc.act(h, done)
			got, closed := drain(ch)
			if !slices.Equal(got, tc.want) {
				t.Errorf("events: got %v, want %v", got, tc.want)
			}
			if closed != tc.closed {
				t.Errorf("closed: got %v, want %v", closed, tc.closed)
			}
		})
	}
}

func TestHubSubscribeAfterClose(t *testing.T) {
	h := newHub()
	h.close()
	ch, done := h.subscribe()
	defer done()
	if got, closed := drain(ch); got != nil || !closed {
		t.Errorf("got %v, closed %v; want no event and a closed channel", got, closed)
	}
}

func TestHubFansOut(t *testing.T) {
	h := newHub()
	const n = 8
	chans := make([]<-chan event, n)
	for i := range chans {
		var done func()
		chans[i], done = h.subscribe()
		defer done()
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { h.publish(reloadEvent) })
	}
	wg.Wait()
	for i, ch := range chans {
		if got, _ := drain(ch); !slices.Equal(got, []event{reloadEvent}) {
			t.Errorf("subscriber %d: got %v, want one reload", i, got)
		}
	}
}

// drain reads what ch holds without waiting, and whether it is closed.
func drain(ch <-chan event) (got []event, closed bool) {
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return got, true
			}
			got = append(got, e)
		default:
			return got, false
		}
	}
}

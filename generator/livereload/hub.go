package livereload

import "sync"

// hub fans events out to the connected browsers. A slow browser never
// blocks a rebuild: each subscriber holds only the latest event.
type hub struct {
	mu     sync.Mutex
	subs   map[chan event]bool
	closed bool
}

// event is one Server-Sent Event.
type event struct {
	name string
	data string
}

func newHub() *hub { return &hub{subs: map[chan event]bool{}} }

// subscribe returns a channel of events and a function that ends the subscription.
func (h *hub) subscribe() (<-chan event, func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan event, 1)
	if h.closed {
		close(ch)
		return ch, func() {}
	}
	h.subs[ch] = true
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if h.subs[ch] {
			delete(h.subs, ch)
			close(ch)
		}
	}
}

// publish sends e to every subscriber, replacing an event it has not read yet.
func (h *hub) publish(e event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case <-ch:
		default:
		}
		ch <- e
	}
}

// close ends every subscription, so that event streams return on shutdown.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.subs {
		delete(h.subs, ch)
		close(ch)
	}
}

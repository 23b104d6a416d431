// Package pool runs independent pieces of work on every core. Callers store
// results by index, so output order never depends on scheduling.
package pool

import (
	"runtime"
	"sync"
)

// Each calls fn(i) for every i in [0, n) on all cores and waits.
func Each(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

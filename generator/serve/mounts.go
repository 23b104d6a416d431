package serve

import (
	"context"
	"path"

	"github.com/secdoc/secdoc/generator/site"
	"github.com/secdoc/secdoc/generator/watch"
)

// watchAll watches the site root and every folder mounted from the command
// line, which may lie outside it (the mounts of secdoc.yaml lie inside, so
// the root's watcher sees them). Changes in a mount arrive as paths under
// its Source, as the session knows its files. Each watcher's end is sent on
// watched; stop closes them all.
func watchAll(ctx context.Context, o site.Options, batches chan<- watch.Batch, watched chan<- error) (stop func(), err error) {
	w, err := watch.New(watch.Options{Root: o.Source, Ignore: ignored(o)})
	if err != nil {
		return nil, err
	}
	all := []*watch.Watcher{w}
	stop = func() {
		for _, w := range all {
			w.Close()
		}
	}
	go func() { watched <- w.Run(ctx, batches) }()
	for _, m := range o.Mounts {
		mw, err := watch.New(watch.Options{Root: m.Source})
		if err != nil {
			stop()
			return nil, err
		}
		all = append(all, mw)
		go func() { watched <- forward(ctx, mw, site.MountSource(m.Source), batches) }()
	}
	return stop, nil
}

// forward runs a mount's watcher and passes its batches on with their paths
// under the mount's source.
func forward(ctx context.Context, w *watch.Watcher, source string, batches chan<- watch.Batch) error {
	own := make(chan watch.Batch)
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, own) }()
	for {
		select {
		case err := <-done:
			return err
		case b := <-own:
			for i, p := range b.Paths {
				b.Paths[i] = path.Join(source, p)
			}
			select {
			case batches <- b:
			case <-ctx.Done():
				return nil
			}
		}
	}
}

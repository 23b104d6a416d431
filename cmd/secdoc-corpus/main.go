// Command secdoc-corpus writes a synthetic documentation site of a given size,
// for benchmarks and for trying secdoc on a large site:
//
//	go run ./cmd/secdoc-corpus -n 10000 /tmp/big && go run ./cmd/secdoc build --source /tmp/big
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/secdoc/secdoc/generator/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of documents")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: secdoc-corpus [-n N] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := corpus.Write(flag.Arg(0), *n); err != nil {
		fmt.Fprintln(os.Stderr, "secdoc-corpus:", err)
		os.Exit(1)
	}
}

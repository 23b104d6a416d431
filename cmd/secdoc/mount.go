package main

import (
	"fmt"
	"strings"

	"github.com/secdoc/secdoc/generator/site"
)

// mountFlags collect repeated --mount SRC:TARGET[:PREFIX] flags: folders
// anywhere on the disk, which only the operator may name (secdoc.yaml,
// which comes with pull requests, may mount folders inside the root alone).
type mountFlags []site.Mount

// String returns the mounts as given.
func (m *mountFlags) String() string {
	parts := make([]string, 0, len(*m))
	for _, x := range *m {
		parts = append(parts, x.Source+":"+x.Target)
	}
	return strings.Join(parts, ",")
}

// Set adds one --mount.
func (m *mountFlags) Set(v string) error {
	parts := strings.Split(v, ":")
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" || parts[1] == "" {
		return fmt.Errorf("want SRC:TARGET or SRC:TARGET:PREFIX, such as ../payments/doc/adr:decisions/payments:PAY-")
	}
	x := site.Mount{Source: parts[0], Target: parts[1]}
	if len(parts) == 3 {
		x.IDPrefix = parts[2]
	}
	*m = append(*m, x)
	return nil
}

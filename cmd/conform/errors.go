package main

import "github.com/conform-dev/conform/internal/target"

func usageErr(err error) error { return &target.UsageError{Err: err} }

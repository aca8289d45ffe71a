package main

import "github.com/conform-dev/conform/internal/scenario"

func usageErr(err error) error { return &scenario.UsageError{Err: err} }

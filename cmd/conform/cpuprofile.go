package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"sync"
	"syscall"

	"github.com/spf13/cobra"
)

// addCPUProfile gives cmd the hidden --cpuprofile FILE flag: the command's
// CPU profile (runtime/pprof) is written to FILE and closed however the
// command ends (passed, failed, a usage error, a panic, an interrupt), so
// that make bench can say where a run's CPU goes. It is for measuring
// conform, not for users, so help does not show it.
func addCPUProfile(cmd *cobra.Command) {
	var path string
	cmd.Flags().StringVar(&path, "cpuprofile", "", "write a CPU profile of the command to `FILE`")
	_ = cmd.Flags().MarkHidden("cpuprofile")
	run := cmd.RunE
	cmd.RunE = func(c *cobra.Command, args []string) (err error) {
		if path == "" {
			return run(c, args)
		}
		stop, err := startCPUProfile(path)
		if err != nil {
			return usageErr(err)
		}
		defer func() {
			if serr := stop(); serr != nil && err == nil {
				err = serr
			}
		}()
		return run(c, args)
	}
}

// startCPUProfile starts profiling into path and returns the function that
// stops and closes it, once. An interrupt or SIGTERM stops it too before
// the process ends as the signal says.
func startCPUProfile(path string) (stop func() error, err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile %s: %w", path, err)
	}
	var once sync.Once
	var closeErr error
	sigs := make(chan os.Signal, 1)
	done := make(chan struct{})
	stop = func() error {
		once.Do(func() {
			close(done)
			signal.Stop(sigs)
			pprof.StopCPUProfile()
			if err := f.Close(); err != nil {
				closeErr = fmt.Errorf("--cpuprofile %s: %w", path, err)
			}
		})
		return closeErr
	}
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-sigs:
			_ = stop()
			// End as the signal would have ended the process unprofiled.
			signal.Reset(sig)
			if self, err := os.FindProcess(os.Getpid()); err == nil {
				_ = self.Signal(sig)
			}
		case <-done:
		}
	}()
	return stop, nil
}

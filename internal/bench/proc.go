package bench

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Proc is what one child process cost: wall time, CPU time (user+system)
// and peak resident memory, measured by the kernel (wait4's rusage).
type Proc struct {
	Wall   time.Duration
	CPU    time.Duration
	MaxRSS int64 // bytes
	Out    string
	Code   int
}

// MiB renders a byte count.
func MiB(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

// Measure runs a command to completion, bounded by timeout, and measures it.
func Measure(ctx context.Context, timeout time.Duration, dir string, env []string, name string, args ...string) (Proc, error) {
	resetPeakRSS()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	p := Proc{Wall: time.Since(start), Out: out.String()}
	if cmd.ProcessState == nil {
		return p, fmt.Errorf("%s: %w", name, err)
	}
	p.Code = cmd.ProcessState.ExitCode()
	p.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		p.MaxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if ctx.Err() != nil {
		return p, fmt.Errorf("%s did not finish within %s", name, timeout)
	}
	return p, nil
}

// resetPeakRSS lowers this process's peak resident memory to what it holds
// now, before it starts a child. On Linux os/exec starts a child with vfork,
// sharing this process's memory until the exec, and the kernel carries that
// memory's peak into the child's maxrss: without the reset, every child
// started after the bench once held 80 MiB (row 5 loads a 2,000-operation
// document in this process) would report a peak of at least 80 MiB. The
// garbage goes back to the system first, then /proc/self/clear_refs resets
// the peak (Linux 4.0 and later; elsewhere nothing happens). A child's peak
// is then its own, or this process's resident memory if that is higher:
// selfRSS says how much that is.
func resetPeakRSS() {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// selfRSS is this process's resident memory now, or 0 where
// /proc/self/status does not say.
func selfRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// Server is a child process serving on loopback until Stop.
type Server struct {
	URL string
	cmd *exec.Cmd
}

// StartServe starts `conform serve` on a free loopback port and waits for it
// to say where it listens.
func StartServe(conform string, env []string) (*Server, error) {
	cmd := exec.Command(conform, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot start %s serve: %w", conform, err)
	}
	s := &Server{cmd: cmd}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) > 4 && strings.HasPrefix(f[4], "http://") {
				found <- f[4]
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case u := <-found:
		s.URL = u
		return s, nil
	case <-time.After(10 * time.Second):
		s.Stop()
		return nil, fmt.Errorf("%s serve did not say where it listens within 10s", conform)
	}
}

// Stop ends the server and waits for it.
func (s *Server) Stop() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = s.cmd.Process.Kill()
			<-done
		}
	}
}

package bench

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

// TestChildPeakIsItsOwn: a child started after this process once held a
// lot of memory must not report that memory as its own peak (Linux carries
// the parent's peak into a vfork'd child's maxrss).
func TestChildPeakIsItsOwn(t *testing.T) {
	if _, err := os.Stat("/proc/self/clear_refs"); err != nil {
		t.Skip("no /proc/self/clear_refs here: the peak cannot be reset")
	}
	// Mapped memory, not the Go heap: the race detector shadows the heap
	// and keeps the shadow resident, which a child would rightly inherit.
	held, err := syscall.Mmap(-1, 0, 256<<20, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skipf("cannot map 256 MiB: %v", err)
	}
	for i := 0; i < len(held); i += 4096 {
		held[i] = 1
	}
	if err := syscall.Munmap(held); err != nil {
		t.Fatal(err)
	}
	p, err := Measure(context.Background(), time.Minute, t.TempDir(), nil, "true")
	if err != nil || p.Code != 0 {
		t.Fatalf("true: %v, exit %d", err, p.Code)
	}
	if rss := selfRSS(); rss <= 0 || rss > 1<<30 {
		t.Errorf("selfRSS = %d bytes", rss)
	}
	if p.MaxRSS > 64<<20 {
		t.Errorf("true reported a peak of %s: this process's own 256 MiB", MiB(p.MaxRSS))
	}
}

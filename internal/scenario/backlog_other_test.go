//go:build !linux

package scenario

import "testing"

func slowConnectAddr(t *testing.T) string {
	t.Skip("a connect that hangs on loopback needs Linux's backlog behaviour")
	return ""
}

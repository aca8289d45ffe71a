package scenario

import (
	"context"
	"fmt"
	"net/url"
	"sync"

	"golang.org/x/time/rate"
)

// defaultSecretNames are request and response members, and headers, whose
// values are always masked; --secret-name adds more.
var defaultSecretNames = []string{"password", "passwd", "secret", "client_secret", "token", "access_token", "refresh_token", "api_key", "apikey"}

// limiter spaces the requests to each target (scheme and host) so that a
// concurrent run stays under --rate requests per second per target. nil
// means no limit.
type limiter struct {
	rate  float64
	mu    sync.Mutex
	hosts map[string]*rate.Limiter
}

func newLimiter(perSecond float64) *limiter {
	if perSecond <= 0 {
		return nil
	}
	return &limiter{rate: perSecond, hosts: map[string]*rate.Limiter{}}
}

func (l *limiter) wait(ctx context.Context, rawURL string) error {
	if l == nil {
		return nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil // the client reports a bad URL itself
	}
	key := u.Scheme + "://" + u.Host
	l.mu.Lock()
	lim := l.hosts[key]
	if lim == nil {
		lim = rate.NewLimiter(rate.Limit(l.rate), 1)
		l.hosts[key] = lim
	}
	l.mu.Unlock()
	if err := lim.Wait(ctx); err != nil {
		return fmt.Errorf("waiting for the --rate limit of %g requests per second to %s: %w", l.rate, key, err)
	}
	return nil
}

package scenario

import (
	"fmt"
	"sync"
	"sync/atomic"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/conform-dev/conform/internal/plan"
)

// batch is one godog run's share of the selection. Its scenarios are planned
// from godog's own parse of its features, as each starts: godog hands the
// quiet formatter each feature's syntax tree before it runs the feature's
// scenarios (quietFmt.Feature).
type batch struct {
	plan.Batch        // what godog runs
	name       string // the godog suite's name, unique while it runs

	mu   sync.Mutex
	docs map[string]*plan.Parsed // by URI, as godog parsed them

	started    atomic.Int64  // scenarios whose Before hooks ran
	allStarted chan struct{} // closed when every scenario of the batch has started
}

// start counts a scenario of the batch as started.
func (b *batch) start() {
	if b.started.Add(1) == int64(b.Size) {
		close(b.allStarted)
	}
}

func (b *batch) addDoc(uri string, doc *messages.GherkinDocument) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.docs[uri] = plan.NewParsed(uri, doc)
}

func (b *batch) doc(uri string) *plan.Parsed {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.docs[uri]
}

// running holds the batches godog is running, by suite name, for the quiet
// formatter, which godog creates from a name.
var running sync.Map // string → *batch

// newBatch cuts the i-th batch of the selection.
func newBatch(sel *plan.Selection, i int) (*batch, error) {
	pb, err := sel.Batch(i)
	if err != nil {
		return nil, err
	}
	b := &batch{Batch: pb, docs: map[string]*plan.Parsed{}, allStarted: make(chan struct{})}
	b.name = fmt.Sprintf("conform %p", b)
	return b, nil
}

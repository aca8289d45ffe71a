package scenario

// Preflight reads every feature under paths as a run does before it sends
// anything: a file that does not parse, an undefined step or no scenario at
// all is an error that names the file and line. conform lint calls it.
func Preflight(paths []string) error { return preflight(paths) }

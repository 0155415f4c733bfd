"""Developer tools: art generator, map linter, benchmarks, bundle builder."""

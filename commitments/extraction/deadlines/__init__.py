"""Stage 3: the Dutch time grammar, the calendar and recesses, event conditions -> a promise's deadline."""

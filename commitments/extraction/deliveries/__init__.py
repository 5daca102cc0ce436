"""Stage 4: where a document fulfils, partly fulfils or postpones an earlier promise."""

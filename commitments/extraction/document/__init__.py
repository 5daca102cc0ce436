"""Stage 1: a document's text -> its layout, structure (segments and roles), sentences and metadata."""

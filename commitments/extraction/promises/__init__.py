"""Stage 2: sentences -> clauses -> commitment mentions, by the named rule table, with their fields."""

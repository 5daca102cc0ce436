"""The operations of the product. Admin, API, tasks and commands call these; models never do."""

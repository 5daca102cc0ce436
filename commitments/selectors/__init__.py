"""Reads that serve a screen: the admin index's dashboard and the list exports. They write nothing;
the writes are in services/."""

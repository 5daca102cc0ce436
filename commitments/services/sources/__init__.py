"""Following the Kamer's open data: the registry of toezeggingen and new publications.

`syncing` walks an entity set from its cursor and hands each row to `registry` or `feed`;
`reconciling` links registry entries to extracted commitments. The HTTP side is the pure
client in `commitments/sources/`; `client.build_client` configures it from the settings.
"""

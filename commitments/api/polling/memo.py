"""A bounded, thread-safe map for what the API remembers per process (oldest entry leaves first)."""

import threading


class BoundedMemo:
    def __init__(self, size: int):
        self.size = size
        self.held: dict = {}
        self.lock = threading.Lock()

    def get(self, key):
        return self.held.get(key)

    def put(self, key, value) -> None:
        with self.lock:
            self.held.pop(key, None)
            while len(self.held) >= self.size:
                del self.held[next(iter(self.held))]  # dicts keep insertion order: this is the oldest
            self.held[key] = value

    def clear(self) -> None:
        with self.lock:
            self.held.clear()

"""The kitchen's actions, for CPython: the same module the kitchen VM gives
its programs, so every kitchen program also runs under python3.

    kitchen.cook(dish, seconds=1.0, station="stove") -> dish   work at a station for a while
    kitchen.bake(dish, seconds=1.0) -> dish                    the same at the oven
    kitchen.chop(item, seconds=0.5) -> item                    the same at the prep table
    kitchen.plate(dish, seconds=0.5) -> dish                   the same at the pass
    kitchen.serve(dish) -> None                                records the dish as served
    kitchen.served() -> list                                   the dishes served so far, in order

Actions print nothing; in the kitchen window they are what the cooks are seen doing.
"""
import threading
import time

_served = []
_lock = threading.Lock()


def _work(dish, seconds):
    if not isinstance(dish, str):
        raise TypeError("dish must be a str")
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise TypeError("seconds must be a number")
    if seconds < 0:
        raise ValueError("seconds must be non-negative")
    time.sleep(seconds)
    return dish


def cook(dish, seconds=1.0, station="stove"):
    return _work(dish, seconds)


def bake(dish, seconds=1.0):
    return _work(dish, seconds)


def chop(dish, seconds=0.5):
    return _work(dish, seconds)


def plate(dish, seconds=0.5):
    return _work(dish, seconds)


def serve(dish):
    if not isinstance(dish, str):
        raise TypeError("dish must be a str")
    with _lock:
        _served.append(dish)


def served():
    with _lock:
        return list(_served)

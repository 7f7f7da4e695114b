"""The kitchen's threading module, written on the VM's _kitchen primitives.

Behaviour and messages follow CPython 3.11. Trace events (what the kitchen
window animates), emitted with _kitchen.trace(kind, obj, arg):

  wait / wake / timeout   a thread waits on a Condition / its wait returned True / False
                          (wait: arg = "event", "semaphore", "barrier" or "queue" when
                          the condition is that library object's own)
  notify                  arg = waiters actually woken (0 is a lost wake-up)
  event-wait / event-ready (wait() found the flag already set) / set / clear
  join / joined           obj = the Thread being joined (join: arg = its ident)
  sem-acquire / sem-block / sem-release   arg = the value after
  barrier-wait (arg = index) / barrier-pass / barrier-broken

Locks a user can see are traced by the primitive itself; internal locks are
made with allocate_lock(False) so they stay out of the trace.
"""

import _kitchen

_allocate = _kitchen.allocate_lock
_trace = _kitchen.trace
_time = _kitchen.monotonic
get_ident = _kitchen.get_ident
get_native_id = _kitchen.get_native_id
TIMEOUT_MAX = _kitchen.TIMEOUT_MAX

Lock = _kitchen.allocate_lock
ThreadError = RuntimeError


def _internal_lock():
    return _allocate(False)


class RLock:
    """A re-entrant lock: the owner may acquire it again; only the owner releases."""

    def __init__(self):
        self._block = _internal_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s _thread.RLock object owner=%r count=%d at 0x%x>" % (state, self._owner, self._count, id(self))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.locked():
            pass
        else:
            if blocking:
                _trace("block", self)
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
            _trace("acquire", self)
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()
            _trace("release", self)

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        _trace("release", self)
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state
        _trace("acquire", self)

    def _recursion_count(self):
        if self._owner == get_ident():
            return self._count
        return 0


class Condition:
    """A condition variable bound to a lock (a new RLock by default)."""

    # what a library object uses this condition for ("event", "semaphore",
    # "barrier", "queue"): its wait events say so, and the judge tells them
    # apart from the program's own conditions
    _owner = None

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return "<Condition(%r, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        # a plain Lock has no owner: guess, as CPython does
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, "_acquire_restore"):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _internal_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        _trace("wait", self, self._owner)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
            _trace("wake" if gotit else "timeout", self)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while self._waiters and n > 0:
            waiter = self._waiters[0]
            try:
                waiter.release()
                woken += 1
                n -= 1
            except RuntimeError:
                pass
            if self._waiters and self._waiters[0] is waiter:
                self._waiters.pop(0)
        _trace("notify", self, woken)

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter of permits: acquire takes one (waiting while none), release gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_internal_lock())
        self._cond._owner = "semaphore"
        self._value = value

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d>" % (self.__class__.__module__, self.__class__.__name__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            if self._value == 0 and blocking:
                _trace("sem-block", self, 0)
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
                _trace("sem-acquire", self, self._value)
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            _trace("sem-release", self, self._value)
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d/%d>" % (self.__class__.__module__, self.__class__.__name__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            _trace("sem-release", self, self._value)
            self._cond.notify(n)


class Event:
    """A flag threads can wait for: set() wakes them all, clear() resets it."""

    def __init__(self):
        self._cond = Condition(_internal_lock())
        self._cond._owner = "event"
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s.%s at 0x%x: %s>" % (self.__class__.__module__, self.__class__.__name__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            _trace("set", self, len(self._cond._waiters))
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False
            _trace("clear", self)

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                _trace("event-wait", self)
                signaled = self._cond.wait(timeout)
            else:
                _trace("event-ready", self)
            return signaled


class _StartLatch:
    """Thread.start()'s handshake with the new thread (CPython uses an Event).
    The library's own, not the program's: it leaves no trace, so the kitchen
    shows no signal and no wait where the program has none."""

    def __init__(self):
        self._flag = False
        self._gate = _internal_lock()
        self._gate.acquire()

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        self._gate.release()

    def wait(self):
        self._gate.acquire()
        self._gate.release()


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Parties wait until all have arrived, then all go on together."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(_internal_lock())
        self._cond._owner = "barrier"
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at 0x%x: broken>" % (self.__class__.__module__, self.__class__.__name__, id(self))
        return "<%s.%s at 0x%x: waiters=%d/%d>" % (self.__class__.__module__, self.__class__.__name__, id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            _trace("barrier-wait", self, index)
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            _trace("barrier-pass", self)
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        _trace("barrier-broken", self)
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_counter_value = 0


def _newname(name_template="Thread-%d"):
    global _counter_value
    _counter_value += 1
    return name_template % _counter_value


_active = {}


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Prints 'Exception in thread NAME:' and the traceback, except for SystemExit."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _kitchen.print_thread_exception(name, args.exc_value)


class Thread:
    """A thread of control: run() in a new thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = _StartLatch()
        self._is_stopped = False
        self._initialized = True
        self._done = _internal_lock()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._done.acquire()
        _kitchen.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        _kitchen.set_thread_name(self._name)
        if self._daemonic:
            _kitchen.set_daemon(self._ident, True)
        _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, None, self))
        finally:
            self._is_stopped = True
            del _active[self._ident]
            self._done.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            _trace("join", self, self._ident)
            _trace("joined", self)
            return
        _trace("join", self, self._ident)
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()
        _trace("joined", self)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def _shutdown():
    """Called by the kitchen after the main module ends: join non-daemon threads."""
    _main_thread._is_stopped = True
    while True:
        alive = [t for t in _active.values() if t is not _main_thread and not t.daemon and t.is_alive()]
        if not alive:
            return
        for t in alive:
            t._done.acquire()
            t._done.release()


_main_thread = _MainThread()

"""The one exception the build raises: its message is shown to the user as is."""


class BuildError(Exception):
    """A build that cannot produce a component; `str(err)` says what to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

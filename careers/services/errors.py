"""What the services refuse, for the admin and the API to translate."""


class ServiceError(Exception):
    """A request the services refuse; ``str()`` is a message for people."""


class InvalidCursor(ServiceError):
    """A change-log cursor that this API did not hand out."""

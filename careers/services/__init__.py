"""The writes: keyword-only functions that raise ``careers.services.errors``
exceptions, which the admin and the API translate for their users."""

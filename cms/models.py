"""The host site's own models. The footer, legal pages and look of the
careers pages are the organisation's (careers.OrganisationProfile)."""

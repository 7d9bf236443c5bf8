from tests import factories


def test_careers_home_is_served_in_english_and_german(home, client):
    """The careers home answers under /en/ and, once translated, under /de/."""
    factories.translate(home, "de", title="Karriere")
    assert client.get("/en/").status_code == 200
    assert client.get("/de/").status_code == 200


def test_job_post_is_served(home, client):
    job = factories.job(home, "Warehouse Team Lead")
    response = client.get(job.url)
    assert response.status_code == 200

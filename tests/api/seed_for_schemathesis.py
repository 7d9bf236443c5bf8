"""Content for the schemathesis run (``manage.py shell < this file``): a careers
site with a team, a story, a roadmap, jobs in two languages, an activity."""

from decimal import Decimal

from django.core.management import call_command

from tests import factories

call_command("careers_setup", locales=True, verbosity=0)  # as a host does
home = factories.careers_site()
team = factories.team(home, "Operations", key="team-ops")
story = factories.story(home, "Fewer late deliveries", key="story-eta")
roadmap = factories.roadmap(home)
place = factories.location("Hamburg", "DE", region="HH")
first = factories.job(
    home,
    "Route Planner",
    key="job-route-planner",
    team_page=team,
    stories=[story],
    milestones=list(roadmap.milestones.all()),
    locations=[place],
)
factories.translate(first, "de", title="Tourenplaner:in")
factories.job(home, "Night Shift Lead", key="job-night", workplace_type="remote")
factories.job(
    home,
    "Hidden pay",
    key="job-hidden",
    show_salary=False,
    salary_min=Decimal("1"),
    salary_max=Decimal("2"),
)
factories.activity(title="Hack Days")

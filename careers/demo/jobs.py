"""The demo's job posts. ``de`` is the German translation; a post with only
``de`` is published in German only. ``expires_days`` < 0 makes an expired post;
``draft`` posts hold an unbacked AI claim and stay drafts."""

_DS_LINKS = {
    "interviewers": ["weber", "keller"],
    "stories": ["story-eta", "story-slotting"],
    "milestones": ["m-eta", "m-triage", "m-staffing"],
    "data_assets": ["d-scans"],
    "resources": ["r-gpu", "r-tooling"],
}

_OFFER_EN = (
    "<ul><li>30 days of holiday</li><li>€2,500 a year for courses and "
    "conferences</li><li>A Deutschlandticket and a bike lease</li></ul>"
)
_OFFER_DE = (
    "<ul><li>30 Tage Urlaub</li><li>2.500 € im Jahr für Kurse und Konferenzen</li>"
    "<li>Deutschlandticket und Jobrad</li></ul>"
)

JOBS = [
    {
        "key": "job-senior-ml-eta",
        "slug": "senior-machine-learning-engineer-eta",
        "team": "team-data-science",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "FULL_TIME",
        "salary": (78000, 96000),
        "ai": True,
        "requisition": "NH-2026-014",
        "links": _DS_LINKS,
        "learning_budget": 2500,
        "research_time": 10,
        "ai_influence": "shapes",
        "en": {
            "title": "Senior Machine Learning Engineer – ETA (m/f/d)",
            "introduction": "<p>Nordhafen ETA predicts the arrival of every parcel "
            "we deliver. You will make it better and keep it honest.</p>",
            "tasks": "<ul><li>Improve the ETA model and its features</li>"
            "<li>Run it in production with the team, including on-call</li>"
            "<li>Design experiments with dispatchers</li></ul>",
            "profile": "<ul><li>You have deployed ML models that people rely on"
            "</li><li>You write clean Python and SQL</li><li>You explain "
            "uncertainty to non-specialists</li></ul>",
            "offer": _OFFER_EN,
            "data_access": "Parcel scan events since 2019 (pseudonymised), traffic "
            "and weather feeds, from day one.",
            "resources": "The shared GPU pool, MLflow and a feature store.",
            "career_paths": "Staff engineer or team lead, at your pace.",
        },
        "de": {
            "title": "Senior Machine Learning Engineer – ETA (m/w/d)",
            "introduction": "<p>Nordhafen ETA sagt die Ankunft jedes Pakets "
            "voraus, das wir zustellen. Du machst die Prognose besser und "
            "ehrlich.</p>",
            "tasks": "<ul><li>Du verbesserst das ETA-Modell und seine Features"
            "</li><li>Du betreibst es mit dem Team in Produktion, inklusive "
            "Rufbereitschaft</li><li>Du planst Experimente mit der Disposition"
            "</li></ul>",
            "profile": "<ul><li>Du hast ML-Modelle in Produktion gebracht</li>"
            "<li>Du schreibst sauberes Python und SQL</li><li>Du erklärst "
            "Unsicherheit verständlich</li></ul>",
            "offer": _OFFER_DE,
            "data_access": "Paket-Scan-Ereignisse seit 2019 (pseudonymisiert), "
            "Verkehrs- und Wetterdaten, ab dem ersten Tag.",
            "resources": "Der gemeinsame GPU-Pool, MLflow und ein Feature Store.",
            "career_paths": "Staff Engineer oder Teamleitung, in deinem Tempo.",
        },
    },
    {
        "key": "job-mlops",
        "slug": "mlops-engineer",
        "team": "team-data-science",
        "locations": ["hamburg"],
        "workplace": "remote",
        "countries": ["DE", "AT", "CH", "NL"],
        "employment": "FULL_TIME",
        "salary": (70000, 88000),
        "ai": True,
        "requisition": "NH-2026-021",
        "links": _DS_LINKS,
        "learning_budget": 2500,
        "ai_influence": "contributes",
        "en": {
            "title": "MLOps Engineer (m/f/d), remote",
            "introduction": "<p>Three models run in production at Nordhafen "
            "today. You make shipping the fourth one boring.</p>",
            "tasks": "<ul><li>Own our training and deployment pipelines</li>"
            "<li>Monitor models and data drift</li><li>Help the team release "
            "safely, several times a week</li></ul>",
            "profile": "<ul><li>You know Kubernetes, CI/CD and Python</li><li>You "
            "have supported machine learning teams before</li></ul>",
            "offer": _OFFER_EN,
            "data_access": "Read access to the feature store and model registry.",
            "resources": "The shared GPU pool and a dedicated staging cluster.",
            "career_paths": "Platform or ML specialist track.",
        },
        "de": {
            "title": "MLOps Engineer (m/w/d), remote",
            "introduction": "<p>Drei Modelle laufen heute bei Nordhafen in "
            "Produktion. Du sorgst dafür, dass das vierte langweilig "
            "live geht.</p>",
            "tasks": "<ul><li>Du verantwortest unsere Trainings- und "
            "Deployment-Pipelines</li><li>Du überwachst Modelle und Datendrift"
            "</li><li>Du hilfst dem Team, mehrmals pro Woche sicher zu "
            "releasen</li></ul>",
            "profile": "<ul><li>Du kennst Kubernetes, CI/CD und Python</li><li>Du "
            "hast schon Teams für maschinelles Lernen unterstützt</li></ul>",
            "offer": _OFFER_DE,
            "data_access": "Lesezugriff auf Feature Store und Model Registry.",
            "resources": "Der gemeinsame GPU-Pool und ein eigener Staging-Cluster.",
            "career_paths": "Platform- oder ML-Spezialisierung.",
        },
    },
    {
        "key": "job-data-scientist-forecasting",
        "slug": "data-scientist-demand-forecasting",
        "team": "team-data-science",
        "locations": ["hamburg", "berlin"],
        "workplace": "hybrid",
        "employment": "FULL_TIME",
        "salary": (64000, 80000),
        "ai": True,
        "requisition": "NH-2026-022",
        "links": {
            **_DS_LINKS,
            "milestones": ["m-slotting", "m-staffing"],
            "stories": ["story-slotting"],
            "data_assets": ["d-warehouse"],
        },
        "learning_budget": 2500,
        "research_time": 10,
        "ai_influence": "shapes",
        "en": {
            "title": "Data Scientist – Demand Forecasting (m/f/d)",
            "introduction": "<p>Our slotting assistant already moves fast movers "
            "in Bremen every night. Next, forecasts will plan our shifts.</p>",
            "tasks": "<ul><li>Build the week-ahead parcel volume forecast</li>"
            "<li>Work with shift planners on what a good plan is</li></ul>",
            "profile": "<ul><li>You have built forecasting models with machine "
            "learning or statistics</li><li>You like talking to the people "
            "who use your numbers</li></ul>",
            "offer": _OFFER_EN,
            "data_access": "Warehouse order lines and parcel volumes since 2019.",
            "resources": "The shared GPU pool if you need it; mostly a laptop.",
        },
        "de": {
            "title": "Data Scientist – Bedarfsprognose (m/w/d)",
            "introduction": "<p>Unser Slotting-Assistent verteilt in Bremen schon "
            "jede Nacht die Schnelldreher. Als Nächstes planen Prognosen unsere "
            "Schichten.</p>",
            "tasks": "<ul><li>Du baust die Wochenprognose der Paketmengen</li>"
            "<li>Du klärst mit der Schichtplanung, was ein guter Plan ist</li>"
            "</ul>",
            "profile": "<ul><li>Du hast Prognosemodelle mit maschinellem Lernen "
            "oder Statistik gebaut</li><li>Du sprichst gern mit den Menschen, "
            "die deine Zahlen nutzen</li></ul>",
            "offer": _OFFER_DE,
            "data_access": "Lager-Auftragspositionen und Paketmengen seit 2019.",
            "resources": "Der GPU-Pool, falls nötig; meist reicht ein Laptop.",
        },
    },
    {
        "key": "job-nlp-engineer",
        "slug": "nlp-engineer-customer-service",
        "team": "team-data-science",
        "locations": ["berlin"],
        "workplace": "remote",
        "countries": ["DE", "AT", "PL", "CZ", "NL", "ES", "PT"],
        "employment": "FULL_TIME",
        "salary": (72000, 90000),
        "ai": True,
        "requisition": "NH-2026-027",
        "links": {
            **_DS_LINKS,
            "milestones": ["m-triage", "m-customs"],
            "stories": ["story-customs"],
        },
        "learning_budget": 2500,
        "research_time": 15,
        "ai_influence": "leads",
        "en": {
            "title": "NLP Engineer – Customer Service (m/f/d), remote in the EU",
            "introduction": "<p>We are bringing a language model to our "
            "customer service desk: it sorts incoming e-mails so that people "
            "answer them faster.</p>",
            "tasks": "<ul><li>Take ticket triage from pilot to production</li>"
            "<li>Evaluate with the service team, not only offline</li></ul>",
            "profile": "<ul><li>You have fine-tuned or evaluated language models"
            "</li><li>You care about privacy and about the agents who use "
            "your work</li></ul>",
            "offer": _OFFER_EN,
            "data_access": "Two years of pseudonymised support e-mails.",
            "resources": "The shared GPU pool and a budget for hosted models.",
        },
        "de": {
            "title": "NLP Engineer – Kundenservice (m/w/d), remote in der EU",
            "introduction": "<p>Wir bringen ein Sprachmodell in unseren "
            "Kundenservice: Es sortiert eingehende E-Mails vor, damit Menschen "
            "sie schneller beantworten.</p>",
            "tasks": "<ul><li>Du bringst die Ticket-Vorsortierung vom Pilot in "
            "die Produktion</li><li>Du bewertest mit dem Serviceteam, nicht nur "
            "offline</li></ul>",
            "profile": "<ul><li>Du hast Sprachmodelle feinjustiert oder "
            "evaluiert</li><li>Dir sind Datenschutz und die Menschen wichtig, "
            "die mit deiner Arbeit arbeiten</li></ul>",
            "offer": _OFFER_DE,
            "data_access": "Zwei Jahre pseudonymisierte Service-E-Mails.",
            "resources": "Der GPU-Pool und ein Budget für gehostete Modelle.",
        },
    },
    {
        "key": "job-backend-python",
        "slug": "backend-engineer-python",
        "team": "team-platform",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "FULL_TIME",
        "salary": (62000, 78000),
        "requisition": "NH-2026-030",
        "links": {"interviewers": ["brandt", "nowak"]},
        "learning_budget": 2500,
        "en": {
            "title": "Backend Engineer, Python (m/f/d)",
            "introduction": "<p>Every parcel scan passes through our services. "
            "Help us keep them fast and simple.</p>",
            "tasks": "<ul><li>Build and run Django and FastAPI services</li>"
            "<li>Design Postgres schemas that last</li></ul>",
            "profile": "<ul><li>Three or more years of Python in production</li>"
            "<li>You enjoy reading query plans</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Backend Engineer, Python (m/w/d)",
            "introduction": "<p>Jeder Paket-Scan läuft durch unsere Dienste. "
            "Hilf uns, sie schnell und einfach zu halten.</p>",
            "tasks": "<ul><li>Du entwickelst und betreibst Django- und "
            "FastAPI-Dienste</li><li>Du entwirfst Postgres-Schemata, die "
            "halten</li></ul>",
            "profile": "<ul><li>Mindestens drei Jahre Python in Produktion</li>"
            "<li>Du liest gern Query-Pläne</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-sre",
        "slug": "site-reliability-engineer",
        "team": "team-platform",
        "locations": ["hamburg"],
        "workplace": "remote",
        "countries": ["DE", "AT", "CH"],
        "employment": "FULL_TIME",
        "salary": (68000, 85000),
        "requisition": "NH-2026-031",
        "links": {"interviewers": ["nowak"]},
        "en": {
            "title": "Site Reliability Engineer (m/f/d), remote",
            "introduction": "<p>Quiet nights are a team effort. Join the people "
            "who keep Nordhafen's platform running.</p>",
            "tasks": "<ul><li>Run Kubernetes and Postgres at scale</li>"
            "<li>Improve alerts, runbooks and incident reviews</li></ul>",
            "profile": "<ul><li>You have been on call and learned from it</li>"
            "<li>Terraform and Linux are home turf</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Site Reliability Engineer (m/w/d), remote",
            "introduction": "<p>Ruhige Nächte sind Teamarbeit. Komm zu den "
            "Menschen, die Nordhafens Plattform am Laufen halten.</p>",
            "tasks": "<ul><li>Du betreibst Kubernetes und Postgres im großen "
            "Maßstab</li><li>Du verbesserst Alarme, Runbooks und "
            "Incident-Reviews</li></ul>",
            "profile": "<ul><li>Du hattest Rufbereitschaft und hast daraus "
            "gelernt</li><li>Terraform und Linux sind dein Zuhause</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-product-designer",
        "slug": "product-designer",
        "team": "team-platform",
        "locations": ["hamburg"],
        "workplace": "onsite",
        "employment": "FULL_TIME",
        "salary": (58000, 72000),
        "requisition": "NH-2026-033",
        "en": {
            "title": "Product Designer, Dispatch Tools (m/f/d)",
            "introduction": "<p>Dispatchers plan 900 tours a day in our tools. "
            "Make their day easier.</p>",
            "tasks": "<ul><li>Research with dispatchers in our hubs</li>"
            "<li>Design and test the tour planning screens</li></ul>",
            "profile": "<ul><li>A portfolio of complex, data-heavy tools</li>"
            "<li>You like spending a day in a depot</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Product Designer, Dispositionswerkzeuge (m/w/d)",
            "introduction": "<p>Die Disposition plant 900 Touren am Tag in "
            "unseren Werkzeugen. Mach ihren Tag leichter.</p>",
            "tasks": "<ul><li>Du forschst mit der Disposition in unseren Hubs"
            "</li><li>Du gestaltest und testest die Tourenplanung</li></ul>",
            "profile": "<ul><li>Ein Portfolio komplexer, datenreicher Werkzeuge"
            "</li><li>Du verbringst gern einen Tag im Depot</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-customer-service-agent",
        "slug": "customer-service-agent",
        "team": "team-customer-ops",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "PART_TIME",
        "salary": (2400, 2800),
        "salary_period": "MONTH",
        "requisition": "NH-2026-040",
        "links": {"interviewers": ["vos"]},
        "en": {
            "title": "Customer Service Agent, part-time (m/f/d)",
            "introduction": "<p>You help our business customers by phone, chat "
            "and e-mail when a parcel is late or damaged.</p>",
            "tasks": "<ul><li>Answer customer contacts</li><li>Settle simple "
            "damage claims</li></ul>",
            "profile": "<ul><li>Friendly, patient, precise</li><li>Good German "
            "and English</li><li>No knowledge of AI is required.</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Kundenservice-Agent in Teilzeit (m/w/d)",
            "introduction": "<p>Du hilfst unseren Geschäftskunden per Telefon, "
            "Chat und E-Mail, wenn ein Paket spät kommt oder beschädigt ist.</p>",
            "tasks": "<ul><li>Du beantwortest Kundenanfragen</li><li>Du "
            "regulierst einfache Schadensfälle</li></ul>",
            "profile": "<ul><li>Freundlich, geduldig, genau</li><li>Gutes Deutsch "
            "und Englisch</li><li>KI-Kenntnisse sind nicht erforderlich.</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-customs-specialist",
        "slug": "customs-specialist",
        "team": "team-customer-ops",
        "locations": ["hamburg"],
        "workplace": "onsite",
        "employment": "FULL_TIME",
        "salary": (46000, 54000),
        "requisition": "NH-2026-041",
        "links": {"interviewers": ["yilmaz"], "stories": ["story-customs"]},
        "en": {
            "title": "Customs Specialist (m/f/d)",
            "introduction": "<p>You check and sign customs declarations for "
            "shipments to the UK, Switzerland and Norway.</p>",
            "tasks": "<ul><li>Check pre-filled declarations field by field</li>"
            "<li>Advise customers on customs rules</li></ul>",
            "profile": "<ul><li>Training as a freight forwarder or in customs"
            "</li><li>An eye for detail</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Zollsachbearbeiter:in (m/w/d)",
            "introduction": "<p>Du prüfst und zeichnest Zollanmeldungen für "
            "Sendungen nach Großbritannien, in die Schweiz und nach Norwegen.</p>",
            "tasks": "<ul><li>Du prüfst vorausgefüllte Anmeldungen Feld für Feld"
            "</li><li>Du berätst Kundschaft zu Zollregeln</li></ul>",
            "profile": "<ul><li>Ausbildung als Speditionskaufmann/-frau oder im "
            "Zoll</li><li>Ein Auge fürs Detail</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-warehouse-shift-lead",
        "slug": "schichtleitung-lager-bremen",
        "locations": ["bremen"],
        "workplace": "onsite",
        "employment": "FULL_TIME",
        "salary": (3400, 3900),
        "salary_period": "MONTH",
        "requisition": "NH-2026-050",
        "de": {
            "title": "Schichtleitung Lager Bremen (m/w/d)",
            "introduction": "<p>Du führst eine Schicht mit 25 Kolleginnen und "
            "Kollegen in unserem Lager in Bremen.</p>",
            "tasks": "<ul><li>Du planst die Schicht und teilst Aufgaben ein</li>"
            "<li>Du sorgst für Sicherheit und gute Laune</li></ul>",
            "profile": "<ul><li>Erfahrung in Lager oder Logistik</li>"
            "<li>Staplerschein</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-working-student-analytics",
        "slug": "working-student-data-analytics",
        "team": "team-data-science",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "PART_TIME",
        "salary": (16, 18),
        "salary_period": "HOUR",
        "requisition": "NH-2026-052",
        "links": {"interviewers": ["lin", "keller"]},
        "en": {
            "title": "Working Student Data Analytics (m/f/d)",
            "introduction": "<p>20 hours a week with our data team: dashboards, "
            "analyses and a lot of learning.</p>",
            "tasks": "<ul><li>Build dashboards for hubs and warehouses</li>"
            "<li>Answer questions with SQL</li></ul>",
            "profile": "<ul><li>Enrolled in a quantitative degree</li>"
            "<li>SQL and some Python</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Werkstudent:in Data Analytics (m/w/d)",
            "introduction": "<p>20 Stunden pro Woche in unserem Datenteam: "
            "Dashboards, Analysen und viel Lernen.</p>",
            "tasks": "<ul><li>Du baust Dashboards für Hubs und Lager</li>"
            "<li>Du beantwortest Fragen mit SQL</li></ul>",
            "profile": "<ul><li>Eingeschrieben in einem quantitativen "
            "Studiengang</li><li>SQL und etwas Python</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-dispatcher",
        "slug": "dispatcher-vienna",
        "team": "team-customer-ops",
        "locations": ["vienna"],
        "workplace": "onsite",
        "employment": "FULL_TIME",
        "salary": (42000, 48000),
        "salary_currency": "EUR",
        "requisition": "NH-2026-055",
        "links": {
            "interviewers": ["vos"],
            "stories": ["story-eta"],
            "milestones": ["m-eta"],
        },
        "en": {
            "title": "Dispatcher, Vienna (m/f/d)",
            "introduction": "<p>Plan tours for our Vienna depot with predicted "
            "arrival times at your side.</p>",
            "tasks": "<ul><li>Plan and re-plan 60 tours a day</li><li>Keep "
            "drivers and customers informed</li></ul>",
            "profile": "<ul><li>Experience in dispatch or logistics</li>"
            "<li>Calm under pressure</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Disponent:in Wien (m/w/d)",
            "introduction": "<p>Plane Touren für unser Depot in Wien, mit "
            "vorhergesagten Ankunftszeiten an deiner Seite.</p>",
            "tasks": "<ul><li>Du planst 60 Touren am Tag</li><li>Du hältst "
            "Fahrer und Kundschaft auf dem Laufenden</li></ul>",
            "profile": "<ul><li>Erfahrung in Disposition oder Logistik</li>"
            "<li>Ruhe unter Druck</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-data-engineer-2026",
        "slug": "data-engineer-summer-2026",
        "team": "team-platform",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "TEMPORARY",
        "salary": (60000, 70000),
        "requisition": "NH-2026-003",
        "expires_days": -20,
        "en": {
            "title": "Data Engineer, summer project 2026 (m/f/d)",
            "introduction": "<p>A six-month project to move our event stream "
            "to a new cluster.</p>",
            "tasks": "<ul><li>Migrate topics and consumers</li></ul>",
            "profile": "<ul><li>Kafka and Python</li></ul>",
            "offer": _OFFER_EN,
        },
        "de": {
            "title": "Data Engineer, Sommerprojekt 2026 (m/w/d)",
            "introduction": "<p>Ein sechsmonatiges Projekt, in dem unser "
            "Event-Stream auf einen neuen Cluster umzieht.</p>",
            "tasks": "<ul><li>Topics und Consumer migrieren</li></ul>",
            "profile": "<ul><li>Kafka und Python</li></ul>",
            "offer": _OFFER_DE,
        },
    },
    {
        "key": "job-ai-research-scientist",
        "slug": "ai-research-scientist",
        "team": "team-data-science",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "FULL_TIME",
        "salary": (85000, 105000),
        "ai": True,
        "draft": True,
        "links": _DS_LINKS,
        "en": {
            "title": "AI Research Scientist (m/f/d)",
            "introduction": "<p>Our AI lab of 60 researchers publishes at "
            "every major conference.</p>",
            "tasks": "<ul><li>Research new forecasting methods</li></ul>",
            "profile": "<ul><li>A PhD in machine learning</li></ul>",
            "offer": _OFFER_EN,
        },
    },
    {
        "key": "job-recruiting-coordinator",
        "slug": "recruiting-coordinator",
        "team": "team-customer-ops",
        "locations": ["hamburg"],
        "workplace": "hybrid",
        "employment": "FULL_TIME",
        "salary": (48000, 56000),
        "draft": True,
        "en": {
            "title": "Recruiting Coordinator (m/f/d)",
            "introduction": "<p>Our AI chatbot already answers 60 % of all "
            "candidate questions, so you can focus on people.</p>",
            "tasks": "<ul><li>Schedule interviews</li></ul>",
            "profile": "<ul><li>Organised and friendly</li></ul>",
            "offer": _OFFER_EN,
        },
    },
]

HOME = {
    "en": {
        "title": "Careers at Nordhafen",
        "intro": "<p>Nordhafen Logistik delivers 180,000 parcels a day for 3,000 "
        "business customers across Germany and Austria. 1,400 people work here: "
        "in our hubs, our warehouse in Bremen, and our offices in Hamburg, "
        "Berlin and Vienna.</p>",
        "ai_story": "<p>We use machine learning to predict delivery times in all "
        "of our hubs. Our ETA model cut late deliveries by 30 %, and a "
        "forecasting model places fast movers in our Bremen warehouse.</p>"
        "<p>Our AI roadmap spans logistics, warehousing, customs and customer "
        "service. Next year we will bring a language model to our service "
        "desk.</p><p>We run AI hackathons twice a year and contribute to "
        "open-source ML libraries.</p>",
    },
    "de": {
        "title": "Karriere bei Nordhafen",
        "intro": "<p>Nordhafen Logistik stellt täglich 180.000 Pakete für 3.000 "
        "Geschäftskunden in Deutschland und Österreich zu. 1.400 Menschen "
        "arbeiten hier: in unseren Hubs, im Lager Bremen und in unseren Büros in "
        "Hamburg, Berlin und Wien.</p>",
        "ai_story": "<p>Wir setzen maschinelles Lernen ein, um Lieferzeiten in "
        "allen Hubs vorherzusagen. Unser ETA-Modell hat verspätete Zustellungen "
        "um 30 % reduziert, und ein Prognosemodell platziert Schnelldreher in "
        "unserem Lager in Bremen.</p><p>Unsere KI-Roadmap umfasst Logistik, "
        "Lager, Zoll und Kundenservice. Im nächsten Jahr bringen wir ein "
        "Sprachmodell in unseren Kundenservice.</p><p>Zweimal im Jahr "
        "veranstalten wir KI-Hackathons, und wir tragen zu "
        "Open-Source-ML-Bibliotheken bei.</p>",
    },
}

ROADMAP = {
    "en": {
        "title": "Our AI roadmap",
        "intro": "<p>Where machine learning already runs at Nordhafen, what we are "
        "building now, and what comes next. We update this page when a "
        "milestone moves.</p>",
    },
    "de": {
        "title": "Unsere KI-Roadmap",
        "intro": "<p>Wo maschinelles Lernen bei Nordhafen schon läuft, woran wir "
        "gerade bauen und was als Nächstes kommt. Wir aktualisieren diese "
        "Seite, sobald sich ein Meilenstein bewegt.</p>",
    },
}

COMMUNITY = {
    "en": {
        "title": "Community",
        "intro": "<p>We share what we learn: at our hack days, in open source, "
        "with the Technische Universität Hamburg and at meetups in our "
        "office.</p>",
    },
    "de": {
        "title": "Community",
        "intro": "<p>Wir teilen, was wir lernen: bei unseren Hack Days, in "
        "Open Source, mit der Technischen Universität Hamburg und bei Meetups "
        "in unserem Büro.</p>",
    },
}

# Varnish in front of the careers site (Varnish 6 or 7: Debian's `varnish`).
#
#   varnishd -a :80 -f /path/to/config/varnish/default.vcl -s malloc,256m
#
# with the site's environment (docs/settings.md):
#   CAREERS_FRONTEND_CACHE_URL=http://127.0.0.1:80   where Django sends PURGE
#   DJANGO_NUM_PROXIES=1                             Varnish adds X-Forwarded-For
#
# - Keeps only what the site says a shared cache may keep (Cache-Control with
#   s-maxage or max-age; no private, no-store, no-cache, no Set-Cookie), for as
#   long as it says, and one copy per value of each header its Vary names.
# - Never caches for a signed-in editor (session or CSRF cookie), a request
#   with credentials, or anything but GET and HEAD.
# - PURGE from this machine only: drops every copy of the URL's path on that
#   host, whatever its query string (a listing's filters) or Vary variant.

vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-cache-host == " + req.http.host +
            " && obj.http.x-cache-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.X-Api-Key) {
        return (pass);
    }
    # Django's session and CSRF cookies (rename if SESSION_COOKIE_NAME or
    # CSRF_COOKIE_NAME differ): an editor, or a form in progress.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Any other cookie (analytics, consent) changes nothing the site renders.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # What a ban matches, kept on the object (the ban lurker can test it).
    set beresp.http.x-cache-host = bereq.http.host;
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");
    if (!beresp.http.Cache-Control ||
        beresp.http.Cache-Control !~ "(s-maxage|max-age)=[1-9]") {
        # Not marked as shareable: never kept.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Then Varnish's built-in rules: s-maxage before max-age, no Set-Cookie,
    # private, no-store, no-cache or Vary: *; stale-while-revalidate as grace.
}

sub vcl_deliver {
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

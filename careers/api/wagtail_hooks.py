"""Admin for partners' API keys (Settings → API keys): create (the key is shown
once), edit name, rights and rate, revoke (soft: the row stays for the record).

Registered through one import line at the end of careers/wagtail_hooks.py."""

from django import forms
from django.template import engines
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from careers.models import ApiKey, ApiRight

CREATED_TEMPLATE = engines["django"].from_string(
    """{% extends "wagtailadmin/generic/base.html" %}{% load i18n %}
{% block main_content %}
<p>{% blocktrans trimmed with name=object.name %}The API key "{{ name }}" has been
created. Copy it now: it is stored only as a hash and will never be shown
again.{% endblocktrans %}</p>
<p><label for="api-key-value">{% trans "API key" %}</label>
<input type="text" readonly class="w-w-full" id="api-key-value"
 value="{{ plaintext }}"></p>
<p>{% trans "Send it as" %} <code>Authorization: Api-Key …</code>
{% trans "or" %} <code>X-Api-Key</code>.</p>
<p><a class="button" href="{{ index_url }}">{% trans "Back to API keys" %}</a></p>
{% endblock %}"""
)


class ApiKeyForm(WagtailAdminModelForm):
    rights = forms.MultipleChoiceField(
        label=_("rights"),
        choices=ApiRight.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Reading needs no right; writing does."),
    )

    class Meta:
        model = ApiKey
        fields = ["name", "rights", "rate_per_minute"]


class CreateView(generic.CreateView):
    def form_valid(self, form):
        self.object, plaintext = ApiKey.issue(
            name=form.cleaned_data["name"],
            rights=form.cleaned_data["rights"],
            rate_per_minute=form.cleaned_data["rate_per_minute"],
            created_by=self.request.user,
        )
        context = self.get_context_data(form=form)
        context.update(
            object=self.object,
            plaintext=plaintext,
            index_url=self.get_success_url(),
            page_title=_("API key created"),
        )
        response = TemplateResponse(self.request, CREATED_TEMPLATE, context)
        response["Cache-Control"] = "no-store"
        return response


class RevokeView(generic.DeleteView):
    """Revoking keeps the row; the key is refused from the next request on."""

    page_title = _("Revoke")

    def get_success_message(self):
        return _("API key '%(name)s' revoked.") % {"name": self.object.name}

    def delete_action(self):
        self.object.revoke()


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("created_by")


class ApiKeyViewSet(ModelViewSet):
    model = ApiKey
    icon = "key"
    menu_label = _("API keys")
    menu_name = "careers_api_keys"
    add_to_settings_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = IndexView
    add_view_class = CreateView
    delete_view_class = RevokeView
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="careers_api_keys:edit"),
        Column("prefix", label=_("Key starts with")),
        Column("rights", label=_("Rights")),
        Column("rate_per_minute", label=_("Requests per minute")),
        DateColumn("created_at", label=_("Created")),
        DateColumn("last_used_at", label=_("Last used")),
        DateColumn("revoked_at", label=_("Revoked")),
    ]

    def get_form_class(self, for_update: bool = False):
        return ApiKeyForm


api_key_viewset = ApiKeyViewSet("careers_api_keys")


@hooks.register("register_admin_viewset")
def register_api_key_viewset():
    return api_key_viewset

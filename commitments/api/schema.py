"""The OpenAPI schema says every answer the API gives and refuses what the API refuses.

drf-spectacular documents the success of each operation. This adds, per operation, the errors it
can answer (400 for a bad parameter or body, 401, 403 for a write not allowed, 404 for an id that
names nothing, 409 for a write the commitment's state refuses, 415 for a body not in JSON, 429, and
304 where validators are honoured), and states in the schema what the strict filters and write
fields check: whole numbers with their bounds, ISO dates, texts without NUL and within their length.
tests/api/test_schemathesis.py holds the API to it.
"""

from django.db import DatabaseError
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent

from . import filters
from .serializers import NO_NUL, NOT_BLANK, TextField

MAX_PATH_ID = 10**18 - 1  # lookup_value_regex takes 18 digits
JSON = "application/json"
CONDITIONAL_ACTIONS = ("list", "retrieve", "calendar")  # answered through polling.conditional
FEEDS = ("calendar", "export")
FILTERED_ACTIONS = ("list", *FEEDS)

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
FIELD_ERRORS = {
    "type": "object",
    "description": "Messages per parameter or field (`non_field_errors` for the request as a whole).",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}
ERROR_DESCRIPTIONS = {
    400: "A bad parameter or body: messages per parameter or field, or a `detail` (e.g. JSON that does not parse).",
    401: "No credentials, or a token that is unknown or revoked.",
    403: "The token's scope or its user's permissions do not allow this write.",
    404: "No such object (an id that names nothing, in the path or the body).",
    409: "The commitment's present state refuses the change: it was merged, or the link or decision exists.",
    415: "The body is not in a media type this operation takes.",
    429: "Too many requests; `Retry-After` says how many seconds to wait.",
}
HEADERS = {
    401: {"WWW-Authenticate": {"schema": {"type": "string"}, "required": True}},
    429: {"Retry-After": {"schema": {"type": "integer", "minimum": 0}, "required": True}},
}


class ApiSchema(AutoSchema):
    def error_codes(self) -> list[int]:
        action = getattr(self.view, "action", None)
        codes = [401, 429]
        if self.method == "GET" and action in FILTERED_ACTIONS:
            codes.append(400)
        if "{" in self.path:
            codes.append(404)
        if self.method == "POST":
            codes += [400, 403, 415]
            if action in getattr(self.view, "conflicting_writes", ()):
                codes.append(409)
        return sorted(set(codes))

    def _get_response_bodies(self, direction="response"):
        # Here, not in get_response_serializers, which @extend_schema(responses=...) replaces.
        responses = super()._get_response_bodies(direction)
        action = getattr(self.view, "action", None)
        if self.method == "GET" and action in CONDITIONAL_ACTIONS:
            responses.setdefault("304", {"description": "Not modified (If-None-Match / If-Modified-Since)."})
        for code in self.error_codes():
            if str(code) not in responses:
                response = self._get_response_for_code(self.error_schema(code), str(code), [JSON], direction)
                responses[str(code)] = {**response, "description": ERROR_DESCRIPTIONS[code]}
        return dict(sorted(responses.items()))

    def error_schema(self, code: int) -> dict:
        error = self.component("Error", ERROR)
        if code != 400:
            return error
        return {"anyOf": [self.component("FieldErrors", FIELD_ERRORS), error]}

    def component(self, name: str, schema: dict) -> dict:
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema)
        self.registry.register_on_missing(component)
        return component.ref

    def _get_response_headers_for_code(self, status_code, direction="response"):
        headers = super()._get_response_headers_for_code(status_code, direction)
        return {**headers, **HEADERS.get(int(status_code), {})}

    def get_filter_backends(self):
        # The feeds are filtered like the list (the same FilterSet), which drf-spectacular documents only there.
        if self.method == "GET" and getattr(self.view, "action", None) in FEEDS:
            return getattr(self.view, "filter_backends", [])
        return super().get_filter_backends()

    def _get_request_body(self, direction="request"):
        body = super()._get_request_body(direction)
        if body and getattr(self.view, "action", None) == "create":
            body["required"] = True  # an upload without a body is a 400
        return body

    def _resolve_path_parameters(self, variables):
        # Ids are whole numbers (the URL takes at most 18 digits); anything else is a 404.
        parameters = super()._resolve_path_parameters(variables)
        for parameter in parameters:
            if parameter["name"] in ("id", "fulfilment_id"):
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": MAX_PATH_ID}
        return parameters

    def _map_basic_serializer(self, serializer, direction):
        schema = super()._map_basic_serializer(serializer, direction)
        if direction == "request":
            # Added here, not per field: drf-spectacular would wrap a blank-allowing field with a pattern in a oneOf.
            for name, field in serializer.fields.items():
                if isinstance(field, TextField):
                    schema["properties"][name]["pattern"] = NOT_BLANK if field.not_blank else NO_NUL
        rule = getattr(serializer, "schema_rule", None)
        return {**schema, **rule} if rule else schema


class StrictFilterExtension(DjangoFilterExtension):
    """What the strict FilterSets check, in the parameters' schemas."""

    target_class = "commitments.api.filters.StrictFilterBackend"
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        for parameter in parameters:
            schema = parameter["schema"]
            if isinstance(filter_field, filters.TextFilter):
                schema.update(pattern=NO_NUL)
                if filter_field.extra.get("max_length"):
                    schema["maxLength"] = filter_field.extra["max_length"]
            elif isinstance(filter_field, filters.WholeNumberFilter):
                bounds = {
                    "minimum": filter_field.extra.get("min_value"),
                    "maximum": filter_field.extra.get("max_value"),
                }
                schema.clear()
                schema.update(type="integer", **{key: value for key, value in bounds.items() if value is not None})
            elif isinstance(filter_field, filters.IdChoiceFilter):
                schema["items"] = {"type": "integer", **known_ids(filter_field.queryset.model)}
            elif isinstance(filter_field, filters.UtcDateTimeFilter):
                schema.clear()
                schema.update(type="string", anyOf=[{"format": "date-time"}, {"format": "date"}])
                parameter["description"] = (
                    (parameter.get("description") or "") + " A date-time with its offset, or a date (midnight, "
                    "Amsterdam time)."
                ).strip()
        return parameters


def known_ids(model) -> dict:
    """The ids of a small reference table, which a filter refuses others of (a 400)."""
    try:
        return {"enum": sorted(model._default_manager.values_list("pk", flat=True))}
    except DatabaseError:  # no database (the schema built offline): the bounds still hold
        return {"minimum": 1, "maximum": filters.MAX_ID}

"""The object a custom admin URL names, or 404."""

from django.contrib.admin.utils import unquote
from django.http import Http404


def object_or_404(model_admin, request, object_id):
    # The admin's own get_object turns an id that cannot be one ("abc", "1.5") into None, as the
    # change page does; get_object_or_404 would let the ValueError through as a 500.
    obj = model_admin.get_object(request, unquote(object_id))
    if obj is None:
        raise Http404
    return obj

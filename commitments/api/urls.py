from django.http import JsonResponse
from django.urls import re_path
from django.views.decorators.csrf import csrf_exempt
from rest_framework.exceptions import NotFound
from rest_framework.routers import DefaultRouter

from .views import CommitmentViewSet, DocumentViewSet, IngestRunViewSet, MinistryViewSet, RecessViewSet

router = DefaultRouter()
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("documents", DocumentViewSet, basename="document")
router.register("ingest-runs", IngestRunViewSet, basename="ingestrun")
router.register("ministries", MinistryViewSet, basename="ministry")
router.register("recesses", RecessViewSet, basename="recess")


@csrf_exempt  # a POST to no path is a 404 too, not a 403 for a missing CSRF token
def not_found(request):
    # An id that is no id (/commitments/abc/) or a path that names nothing: the API's JSON 404, also
    # with DEBUG on, instead of Django's HTML page. Only paths ending in a slash, so that Django
    # still redirects /commitments to /commitments/.
    return JsonResponse({"detail": str(NotFound.default_detail)}, status=404)


urlpatterns = [*router.urls, re_path(r"^.*/$", not_found)]

from rest_framework.routers import DefaultRouter

from .views import CommitmentViewSet, DocumentViewSet, IngestRunViewSet, MinistryViewSet, RecessViewSet

router = DefaultRouter()
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("documents", DocumentViewSet, basename="document")
router.register("ingest-runs", IngestRunViewSet, basename="ingestrun")
router.register("ministries", MinistryViewSet, basename="ministry")
router.register("recesses", RecessViewSet, basename="recess")

urlpatterns = [*router.urls]

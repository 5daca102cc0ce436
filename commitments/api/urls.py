from rest_framework.routers import DefaultRouter

from .views import CommitmentViewSet, DocumentViewSet

router = DefaultRouter()
router.register("commitments", CommitmentViewSet)
router.register("documents", DocumentViewSet)

urlpatterns = [*router.urls]

package vn.ocop.storefront.shop;

import jakarta.inject.Singleton;
import vn.ocop.catalog.api.PlacesApi;
import vn.ocop.orders.api.ShopApi;
import vn.ocop.storefront.shop.ShopPagesController.OrderPage;
import vn.ocop.storefront.web.PageContext;

/** What an order page shows besides the order: the province's name and the pickup point's. */
@Singleton
class OrderPages {

    private final ShopApi shop;
    private final PlacesApi places;

    OrderPages(ShopApi shop, PlacesApi places) {
        this.shop = shop;
        this.places = places;
    }

    OrderPage of(ShopApi.Order order, PageContext ctx) {
        String province =
                order.provinceCode() == null
                        ? null
                        : places.province(order.provinceCode())
                                .map(p -> p.name(ctx.locale()))
                                .orElse(order.provinceCode());
        String pickup =
                order.pickupSalePointId() == null
                        ? null
                        : shop.checkoutOptions().pickupPoints().stream()
                                .filter(p -> p.id().equals(order.pickupSalePointId()))
                                .map(ShopApi.PickupPoint::name)
                                .findFirst()
                                .orElse(null);
        return new OrderPage(order, province, pickup);
    }
}

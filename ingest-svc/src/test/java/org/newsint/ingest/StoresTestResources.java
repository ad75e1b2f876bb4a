package org.newsint.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.newsint.devstack.test.PostgresTestResource;
import org.newsint.devstack.test.RedisTestResource;

/** Registers real PostgreSQL and Redis for every test of this module (Quarkus starts once). */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "newsint_test_ingest"))
@QuarkusTestResource(value = RedisTestResource.class, initArgs = @ResourceArg(name = "database", value = "1"))
public class StoresTestResources {
}

package dev.stash2plex.provider.testing;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Wires what Stash's SDL leaves to Go code: its custom scalars (Time, Int64, Map, Any, Upload…)
 * pass any JSON value through unchanged, and an interface or union value is the type named by its
 * {@code __typename} entry, else the first possible type.
 */
final class LenientWiring implements WiringFactory {

    @Override
    public boolean providesScalar(ScalarWiringEnvironment env) {
        return !ScalarInfo.isGraphqlSpecifiedScalar(env.getScalarTypeDefinition().getName());
    }

    @Override
    public GraphQLScalarType getScalar(ScalarWiringEnvironment env) {
        return GraphQLScalarType.newScalar()
                .name(env.getScalarTypeDefinition().getName())
                .definition(env.getScalarTypeDefinition())
                .coercing(new PassThrough())
                .build();
    }

    @Override
    public boolean providesTypeResolver(InterfaceWiringEnvironment env) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(InterfaceWiringEnvironment env) {
        return resolution -> byTypename(resolution.getObject(), resolution.getSchema()::getObjectType,
                () -> resolution.getSchema().getImplementations(
                        resolution.getSchema().getTypeAs(env.getInterfaceTypeDefinition().getName())).getFirst());
    }

    @Override
    public boolean providesTypeResolver(UnionWiringEnvironment env) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(UnionWiringEnvironment env) {
        return resolution -> byTypename(resolution.getObject(), resolution.getSchema()::getObjectType,
                () -> (GraphQLObjectType) ((GraphQLUnionType) resolution.getSchema()
                        .getType(env.getUnionTypeDefinition().getName())).getTypes().getFirst());
    }

    private static GraphQLObjectType byTypename(Object value, Function<String, GraphQLObjectType> lookup,
                                                Supplier<GraphQLObjectType> fallback) {
        if (value instanceof Map<?, ?> map && map.get("__typename") instanceof String name && lookup.apply(name) != null) {
            return lookup.apply(name);
        }
        return fallback.get();
    }

    /** Any JSON in, the same JSON out: enough for a fake, and never the reason a query fails. */
    private static final class PassThrough implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value instanceof TemporalAccessor ? value.toString() : value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            return literal(input, variables.toMap());
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return input == null ? NullValue.of() : StringValue.of(String.valueOf(input));
        }

        private static Object literal(Value<?> value, Map<String, Object> variables) {
            return switch (value) {
                case StringValue text -> text.getValue();
                case IntValue number -> number.getValue().longValue();
                case FloatValue number -> number.getValue().doubleValue();
                case BooleanValue flag -> flag.isValue();
                case EnumValue name -> name.getName();
                case VariableReference variable -> variables.get(variable.getName());
                case ArrayValue array -> array.getValues().stream().map(item -> literal(item, variables)).toList();
                case ObjectValue object -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    for (ObjectField field : object.getObjectFields()) {
                        fields.put(field.getName(), literal(field.getValue(), variables));
                    }
                    yield fields;
                }
                default -> null;
            };
        }
    }
}
